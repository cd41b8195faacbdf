/** The one JSON path: the shared Jackson mapper, strict UTF-8, and JSON problems in the project's words. */
package dev.digestbot.json;
