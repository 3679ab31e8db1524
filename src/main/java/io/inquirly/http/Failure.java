package io.inquirly.http;

/** What kind of failure a request ended in; the CLI maps each to one exit code. */
public enum Failure {
  /** 401 for a missing or invalid token. */
  AUTHENTICATION,
  /** 401/403 for a role or resource the token may not touch, 402 for license limits. */
  PERMISSION,
  /** 404. */
  NOT_FOUND,
  /** 400/422: the request was invalid. */
  INVALID,
  /** 429 after every retry. */
  RATE_LIMITED,
  /** 5xx, or a body the client cannot read. */
  SERVER,
  /** connection refused, reset, DNS, timeout. */
  NETWORK,
  /** anything else. */
  OTHER
}
