package dev.digestbot.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value of another kind than its field takes, with what was found as a message shows it
 * ({@code "s"}, {@code an array}); raised by {@link FoundValues} where Jackson would raise its own.
 */
final class KindMismatch extends MismatchedInputException {

    private final String found;

    KindMismatch(JsonParser parser, JavaType target, String found) {
        super(parser, found, target);
        this.found = found;
    }

    String found() {
        return found;
    }
}
