/** The command line: root command, shared options, the tree built from the catalogue, and hand-written workflows. */
package io.inquirly.cli;
