package dev.digestbot.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;

/**
 * Jackson's hook for values that do not fit their field: instead of its own message, a
 * {@link KindMismatch} that remembers what was found, so {@link JsonProblem} can say it.
 */
final class FoundValues extends DeserializationProblemHandler {

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
            JsonParser p, String failureMsg) throws IOException {
        throw new KindMismatch(p, targetType, JsonProblem.found(t, p));
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
            String valueToConvert, String failureMsg) throws IOException {
        throw new KindMismatch(ctxt.getParser(), ctxt.constructType(targetType), JsonProblem.quoted(valueToConvert));
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
            Number valueToConvert, String failureMsg) throws IOException {
        throw new KindMismatch(ctxt.getParser(), ctxt.constructType(targetType), String.valueOf(valueToConvert));
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
            ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
        throw new KindMismatch(p, ctxt.constructType(instClass), JsonProblem.found(p.currentToken(), p));
    }
}
