package io.inquirly.api;

/** Which credential an operation needs. */
public enum Auth {
  /** A user's (or agent bot's) access token. */
  USER,
  /** A platform app token. */
  PLATFORM,
  /** No token: the public client API, addressed by inbox and contact identifiers. */
  NONE
}
