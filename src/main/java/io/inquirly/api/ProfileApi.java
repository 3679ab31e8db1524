package io.inquirly.api;

import static io.inquirly.api.Operation.op;

/** The token owner's profile, and the accounts it can reach. */
public final class ProfileApi {
  private ProfileApi() {}

  static final String PATH = "/api/v1/profile";

  public static Group profile() {
    return Group.of("profile",
        op("profile show", "GET", PATH)
            .id("fetchProfile")
            .summary("Show the profile of the token's owner")
            .one("").columns("id", "name", "email", "role", "availability_status").noun("profile")
            .example("inquirly profile show"),
        op("profile update", "PUT", PATH)
            .id("updateProfile")
            .summary("Update your name, display name, e-mail or availability")
            .params(
                Param.body("profile.name", "--name", "full name"),
                Param.body("profile.display_name", "--display-name", "name shown to customers").labelled("NAME"),
                Param.body("profile.email", "--email", "e-mail address"),
                Param.body("profile.availability", "--availability", "online, busy or offline")
                    .choices("online", "busy", "offline").labelled("STATUS"),
                Param.body("profile.message_signature", "--signature", "message signature").labelled("TEXT"))
            .one("").noun("profile")
            .example("inquirly profile update --display-name 'Ada'"));
  }

  public static Group accounts() {
    return Group.of("accounts",
        op("accounts list", "GET", PATH)
            .id("fetchProfile")
            .summary("List the accounts your token can reach (from your profile)")
            .list("accounts").columns("id", "name", "role", "status").noun("account")
            .example("inquirly accounts list"));
  }
}
