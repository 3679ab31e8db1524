/** The operation catalogue: every API operation declared once, as data, one file per API group. */
package io.inquirly.api;
