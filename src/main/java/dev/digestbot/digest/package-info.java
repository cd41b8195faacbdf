/** Weekly digest markdown to FAQ entries: parsing the Q&A items, resolving projects, importing. */
package dev.digestbot.digest;
