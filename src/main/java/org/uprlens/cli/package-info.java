/** Command line: {@code jobs/uprlens <command>}; picocli commands that validate options and call the stages. */
package org.uprlens.cli;
