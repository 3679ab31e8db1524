/**
 * What every layer shares and that depends on nothing of ours: {@link io.inquirly.common.UserError}, the one
 * type for "bad input, here is the fix"; the JVM's live threads; how an output file may be written. Every other
 * package may use it; it uses none of them, so the arrows stay pointing down.
 */
package io.inquirly.common;
