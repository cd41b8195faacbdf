/**
 * What the JSON routes and the chat channels share, free of Netty: the rules of a JSON request
 * body ({@link dev.digestbot.api.Json}) and the refusal a route throws ({@link dev.digestbot.api.ApiException}).
 */
package dev.digestbot.api;
