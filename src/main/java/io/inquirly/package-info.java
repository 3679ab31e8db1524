/** inquirly: the command-line admin tool for Inquirly. {@link io.inquirly.Main} is the entry point. */
package io.inquirly;
