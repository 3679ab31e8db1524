package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogueTest {
  /** The catalogue's name for a group, the group's own name and the first word of its commands are one name. */
  @Test
  void groupNameCatalogueEntryAndCommandsAgree() {
    assertThat(Catalogue.entries()).isNotEmpty();
    for (Catalogue.Entry entry : Catalogue.entries()) {
      Group group = entry.build().get();
      assertThat(group.name()).as("group built for catalogue entry %s", entry.name()).isEqualTo(entry.name());
      assertThat(group.operations()).as("operations of %s", entry.name()).isNotEmpty();
      for (Operation op : group.operations()) {
        assertThat(op.command().get(0)).as("first word of '%s' in group %s", op.commandLine(), entry.name())
            .isEqualTo(entry.name());
      }
    }
  }

  @Test
  void groupDefaultsApplyUnlessAnOperationSaysOtherwise() {
    Group group = Group.named("g").auth(Auth.PLATFORM).noun("thing").source("a.rb").of(
        Operation.op("g list", "GET", "/things"),
        Operation.op("g show", "GET", "/things/{id}").auth(Auth.NONE).noun("other").source("b.rb"));
    Operation list = group.operations().get(0);
    Operation show = group.operations().get(1);
    assertThat(list.auth()).isEqualTo(Auth.PLATFORM);
    assertThat(list.noun()).isEqualTo("thing");
    assertThat(list.sources()).containsExactly("a.rb");
    assertThat(show.auth()).isEqualTo(Auth.NONE);
    assertThat(show.noun()).isEqualTo("other");
    assertThat(show.sources()).containsExactly("b.rb");
    assertThat(Group.of("h", Operation.op("h list", "GET", "/h")).operations().get(0).auth()).isEqualTo(Auth.USER);
  }
}
