/** Settings: defaults, {@code config/digestbot.json}, {@code DIGESTBOT_*} overrides, validation. */
package dev.digestbot.config;
