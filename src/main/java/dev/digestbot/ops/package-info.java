/** Operations: readiness and liveness, metrics. */
package dev.digestbot.ops;
