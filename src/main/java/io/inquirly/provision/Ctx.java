package io.inquirly.provision;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What kinds need to read and write: the API, ids of things referenced by name (filled from the current state
 * and as resources get created), and a place for warnings.
 */
public final class Ctx {
  final Api api;
  final Consumer<String> warn;
  /** agent e-mail (lower case) → user id. */
  final Map<String, Long> users = new HashMap<>();
  /** agent bot name → id (the account's own bots and global ones). */
  final Map<String, Long> bots = new HashMap<>();
  /** the caller's own user id, never pruned; null when unknown. */
  Long self;

  public Ctx(Api api, Consumer<String> warn) {
    this.api = api;
    this.warn = warn;
  }

  public Api api() {
    return api;
  }

  Long user(String email) {
    Long id = users.get(email.toLowerCase(Locale.ROOT));
    if (id == null) {
      throw new IllegalStateException("no agent " + email + " in the account");
    }
    return id;
  }

  Long bot(String name) {
    Long id = bots.get(name);
    if (id == null) {
      throw new IllegalStateException("no agent bot named " + name + " in the account");
    }
    return id;
  }
}
