package io.inquirly.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every typed reference a workflow may use names an operation that exists, in the group it says. */
class OperationRefTest {
  private static List<OperationRef> declared() throws URISyntaxException, ReflectiveOperationException {
    File dir = new File(Operation.class.getResource("Operation.class").toURI()).getParentFile();
    List<OperationRef> refs = new ArrayList<>();
    for (String name : dir.list()) {
      if (!name.endsWith("Api.class")) {
        continue;
      }
      Class<?> c = Class.forName("io.inquirly.api." + name.substring(0, name.length() - ".class".length()));
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        if (f.get(null) instanceof OperationRef ref) {
          refs.add(ref);
        } else if (f.get(null) instanceof OperationRef.Crud crud) {
          refs.addAll(List.of(crud.list(), crud.create(), crud.update(), crud.delete()));
        }
      }
    }
    return refs;
  }

  @Test
  void everyDeclaredReferenceResolvesInItsGroup() throws Exception {
    List<OperationRef> refs = declared();
    assertThat(refs).hasSizeGreaterThan(40);
    for (OperationRef ref : refs) {
      Operation op = ref.resolve();
      assertThat(op.commandLine()).isEqualTo(ref.command());
      assertThat(op.command().get(0)).isEqualTo(ref.group());
    }
  }

  @Test
  void crudReferencesAreTheirGroupsListCreateUpdateDelete() {
    OperationRef.Crud crud = LabelsApi.CRUD;
    assertThat(List.of(crud.list(), crud.create(), crud.update(), crud.delete())).extracting(r -> r.resolve().method())
        .containsExactly("GET", "POST", "PATCH", "DELETE");
  }

  @Test
  void anUnknownReferenceFailsWhenResolved() {
    assertThatThrownBy(() -> OperationRef.of("labels frobnicate").resolve()).hasMessageContaining("no operation");
    assertThatThrownBy(() -> OperationRef.of("nogroup list").resolve()).hasMessageContaining("no group");
  }
}
