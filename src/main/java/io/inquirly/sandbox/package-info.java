/** The in-memory Inquirly server; shares no code with the client side so their bugs cannot hide each other. */
package io.inquirly.sandbox;
