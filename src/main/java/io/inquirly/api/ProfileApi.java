package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import java.util.List;

/** The token owner's profile, and the accounts it can reach. */
public final class ProfileApi {
  private ProfileApi() {}

  public static final OperationRef SHOW = OperationRef.of("profile show");
  public static final OperationRef ACCOUNTS_LIST = OperationRef.of("accounts list");
  public static final OperationRef RESET_TOKEN = OperationRef.of("profile reset-token");

  static final String PATH = "/api/v1/profile";
  static final String[] COLUMNS = {"id", "name", "display_name", "email", "role"};
  static final List<String> AVAILABILITY = List.of("online", "busy", "offline");

  public static Group profile() {
    return Group.named("profile")
        .source("app/controllers/api/v1/profiles_controller.rb", "app/views/api/v1/profiles/",
            "app/views/api/v1/models/_user.json.jbuilder")
        .of(
        op(SHOW, "GET", PATH)
            .id("fetchProfile")
            .summary("Show the profile of the token's owner")
            .one("").columns(COLUMNS).noun("profile")
            .example("inquirly profile show"),
        op("profile update", "PUT", PATH)
            .id("updateProfile")
            .summary("Update your name, display name, e-mail, phone, signature or availability")
            .description("profiles_controller.rb#update does not permit availability (it is dropped there), so "
                + "--availability is sent as 'profile availability' does: POST /api/v1/profile/availability for "
                + "the current account, after the other fields.")
            .params(
                Param.body("profile.name", "--name", "full name"),
                Param.body("profile.display_name", "--display-name", "name shown to customers").labelled("NAME"),
                Param.body("profile.email", "--email", "e-mail address"),
                Param.body("profile.phone_number", "--phone", "your phone number").labelled("PHONE"),
                Param.local("availability", "--availability", "online, busy or offline, in the current account")
                    .choices("online", "busy", "offline").labelled("STATUS"),
                Param.body("profile.message_signature", "--signature", "message signature").labelled("TEXT"))
            .handler(new ProfileUpdate())
            .one("").columns(COLUMNS).noun("profile")
            .example("inquirly profile update --display-name 'Ada'"),
        op("profile availability", "POST", PATH + "/availability")
            .id("updateProfileAvailability")
            .summary("Set your availability (online, busy or offline) in the current account")
            .description("POST /api/v1/profile/availability with {profile: {account_id, availability}}: the "
                + "account comes from --account, INQUIRLY_ACCOUNT_ID or the profile "
                + "(chatwoot-4.10/app/controllers/api/v1/profiles_controller.rb#availability).")
            .params(Param.local("availability", null, "online, busy or offline").mandatory()
                .choices("online", "busy", "offline").labelled("STATUS"))
            .handler(ProfileUpdate::availability)
            .one("").columns(COLUMNS).noun("profile")
            .example("inquirly profile availability busy"),
        op("profile auto-offline", "POST", PATH + "/auto_offline")
            .summary("Turn automatic offline on or off in the current account (offline when you close the app)")
            .params(Param.local("auto_offline", null, "on or off").mandatory().choices("on", "off")
                .labelled("on|off"))
            .handler(ProfileActions::autoOffline)
            .one("").columns(COLUMNS).noun("profile")
            .example("inquirly profile auto-offline off"),
        op("profile set-active-account", "PUT", PATH + "/set_active_account")
            .summary("Make the current account (--account) the one the web app opens first")
            .handler(ProfileActions::setActiveAccount)
            .none()
            .status((values, answer) -> "Marked the account as your active one.")
            .example("inquirly profile set-active-account"),
        op("profile avatar delete", "DELETE", PATH + "/avatar")
            .summary("Remove your profile picture")
            .confirm(false)
            .one("").columns(COLUMNS).noun("profile")
            .status((values, answer) -> "Removed your profile picture.")
            .example("inquirly profile avatar delete"),
        op(RESET_TOKEN, "POST", PATH + "/reset_access_token")
            .summary("Replace your access token with a new one (the old one stops working at once)")
            .description("The answer holds the new token, masked like every secret: --show-secrets prints it."
                + " Every profile and script that used the old token must be given the new one: 'inquirly auth"
                + " rotate-token' does the same and saves the new token in the current profile.")
            .confirm(true)
            .one("").columns(COLUMNS).noun("profile")
            .status((values, answer) -> "Your access token was replaced: the old one no longer works"
                + " (--show-secrets prints the new one)")
            .example("inquirly profile reset-token --yes"));
  }

  public static Group accounts() {
    return Group.of("accounts",
        op(ACCOUNTS_LIST, "GET", PATH)
            .id("fetchProfile")
            .source("app/controllers/api/v1/profiles_controller.rb", "app/views/api/v1/profiles/",
                "app/views/api/v1/models/_user.json.jbuilder")
            .summary("List the accounts your token can reach (from your profile)")
            .list("accounts").columns("id", "name", "role", "status").noun("account")
            .example("inquirly accounts list"));
  }
}
