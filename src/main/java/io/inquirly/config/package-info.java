/** Profiles file, environment and flags resolved into one Target (url, tokens, account). */
package io.inquirly.config;
