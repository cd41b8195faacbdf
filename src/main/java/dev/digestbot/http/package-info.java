/** The Netty HTTP server, routing and error mapping; the only package that imports Netty. */
package dev.digestbot.http;
