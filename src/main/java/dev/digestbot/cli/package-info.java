/**
 * The command line (picocli): {@code serve}, {@code ask}, {@code import} and {@code eval}, their
 * shared {@code --config} and {@code --faq} options, and one exit-code and error-line policy.
 */
package dev.digestbot.cli;
