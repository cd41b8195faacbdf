package dev.digestbot.json;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The streaming half of the one JSON path, for what is read or written before the shared mapper
 * ({@link JsonMapping}) is needed or while it is still being built: the config file at start, and
 * the health, readiness and error bodies, which must not wait for data binding.
 */
public final class JsonStreaming {

    /** The shared jackson-core factory; thread-safe. */
    public static final JsonFactory FACTORY = new JsonFactory();

    private JsonStreaming() {
    }
}
