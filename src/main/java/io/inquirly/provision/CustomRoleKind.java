package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.LIST;
import static io.inquirly.provision.Kind.Type.STRING;

import io.inquirly.api.EnterpriseApi;
import java.util.List;

/**
 * {@code kind: CustomRole} (Enterprise servers), by name: its permissions are a set (order does not matter) of
 * the server's permission names, checked when the file is read. Not exported by default: a Community server has
 * no custom roles API ({@code export --kinds CustomRole}).
 */
final class CustomRoleKind extends SimpleKind {
  CustomRoleKind() {
    super("CustomRole", EnterpriseApi.ROLES_CRUD, "name", "id");
    sets("permissions");
    field("name", STRING).field("description", STRING).field("permissions", LIST);
    oneOf("permissions", List.of(EnterpriseApi.PERMISSIONS));
  }

  @Override
  public boolean exportedByDefault() {
    return false;
  }
}
