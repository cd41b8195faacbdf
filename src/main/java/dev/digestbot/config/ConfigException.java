package dev.digestbot.config;

/** A setting that cannot be used; the message names the key, the value and what was expected. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
