/** The operator API under {@code /admin}: bearer-token check, FAQ writes, versions, unanswered queue. */
package dev.digestbot.http.admin;
