/** The operator console: the static page under {@code /console} that speaks the admin API. */
package dev.digestbot.http.console;
