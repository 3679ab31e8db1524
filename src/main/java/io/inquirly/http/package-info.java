/** The one place that talks HTTP: auth header, JSON bodies, retries, pacing, error decoding, redacted logging. */
package io.inquirly.http;
