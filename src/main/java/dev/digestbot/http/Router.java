package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * Maps method and path to a {@link Route}: exact paths first, then the longest matching prefix
 * ({@code /admin} serves {@code /admin/entries/7}). An unknown path is 404 (or goes to the
 * {@link Builder#otherwise} route), a known path with another method 405. A {@link Guard} on a
 * prefix runs before all of that, so what it refuses learns nothing about the routes behind it.
 */
public final class Router {

    /** A check every request under a prefix passes before it is routed, such as a bearer token. */
    @FunctionalInterface
    public interface Guard {

        void check(Request request) throws ApiException;
    }

    /**
     * A resolved route; {@code inline} routes are cheap and run on the event loop, the others on
     * a worker unless their {@code quick} part answers first.
     */
    record Target(AsyncRoute route, boolean inline, QuickRoute quick) {

        static Target of(Route route, boolean inline) {
            return of(route, inline, QuickRoute.NEVER);
        }

        static Target of(Route route, boolean inline, QuickRoute quick) {
            return new Target(request -> CompletableFuture.completedFuture(route.handle(request)),
                    inline, quick);
        }

        /** A target that answers {@code refusal}, on the event loop. */
        static Target refusing(ApiException refusal) {
            return of(request -> {
                throw refusal;
            }, true);
        }

        Target guardedBy(Guard guard) {
            QuickRoute guardedQuick = quick == QuickRoute.NEVER ? QuickRoute.NEVER : request -> {
                guard.check(request);
                return quick.tryHandle(request);
            };
            return new Target(request -> {
                guard.check(request);
                return route.handle(request);
            }, inline, guardedQuick);
        }
    }

    private record Binding(String path, boolean prefix, Map<String, Target> byMethod) {

        /** True when this prefix binding serves the path: the path itself or anything under it. */
        boolean covers(String requestPath) {
            return under(path, requestPath);
        }
    }

    /** Whether {@code path} is {@code prefix} or below it: {@code /admin/x} is, {@code /adminx} is not. */
    private static boolean under(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length()
                || path.charAt(prefix.length()) == '/');
    }

    private final Map<String, Binding> exact;
    private final List<Binding> prefixes;
    private final Target otherwise;
    private final Map<String, Guard> guards;

    private Router(List<Binding> bindings, Target otherwise, Map<String, Guard> guards) {
        this.otherwise = otherwise;
        this.guards = Map.copyOf(guards);
        Map<String, Binding> exactPaths = new HashMap<>();
        List<Binding> prefixPaths = new ArrayList<>();
        for (Binding b : bindings) {
            if (b.prefix()) {
                prefixPaths.add(b);
            } else {
                exactPaths.put(b.path(), b);
            }
        }
        prefixPaths.sort(Comparator.comparingInt((Binding b) -> b.path().length()).reversed());
        this.exact = Map.copyOf(exactPaths);
        this.prefixes = List.copyOf(prefixPaths);
    }

    public static Builder builder() {
        return new Builder();
    }

    Target resolve(String method, String path) throws ApiException {
        Guard guard = guardOf(path);
        if (guard == null) {
            return unguarded(method, path);
        }
        try {
            return unguarded(method, path).guardedBy(guard);
        } catch (ApiException notRouted) {
            return Target.refusing(notRouted).guardedBy(guard);
        }
    }

    private Guard guardOf(String path) {
        for (Map.Entry<String, Guard> guard : guards.entrySet()) {
            if (under(guard.getKey(), path)) {
                return guard.getValue();
            }
        }
        return null;
    }

    private Target unguarded(String method, String path) throws ApiException {
        Binding best = bindingOf(path);
        if (best == null && otherwise != null) {
            return otherwise;
        }
        if (best == null) {
            throw new ApiException(404, "not_found", "no route for " + path);
        }
        Target target = best.byMethod().get(method);
        if (target == null) {
            throw new ApiException(405, "method_not_allowed", method + " is not allowed on "
                    + path + "; allowed: " + String.join(", ", new TreeSet<>(best.byMethod().keySet())));
        }
        return target;
    }

    /**
     * The pattern a path is routed by, such as {@code /admin/entries/*} for a prefix route, or
     * {@code unmatched}: a label with a bounded set of values, for metrics.
     */
    public String patternOf(String path) {
        Binding best = bindingOf(path);
        if (best == null) {
            return "unmatched";
        }
        return best.prefix() ? best.path() + "/*" : best.path();
    }

    private Binding bindingOf(String path) {
        Binding binding = exact.get(path);
        if (binding != null) {
            return binding;
        }
        for (Binding b : prefixes) {
            if (b.covers(path)) {
                return b;
            }
        }
        return null;
    }

    /** Collects bindings; one path may carry several methods. */
    public static final class Builder {

        private final Map<String, Binding> bindings = new LinkedHashMap<>();
        private final Map<String, Guard> guards = new LinkedHashMap<>();
        private Target otherwise;

        private Builder() {
        }

        /** A route that blocks or computes (matching, disk): runs on the worker executor. */
        public Builder route(String method, String path, Route route) {
            return add(method, path, false, Target.of(route, false));
        }

        /**
         * A route that blocks or computes, run on the worker executor unless {@code quick}, run
         * first on the event loop, has the response at hand.
         */
        public Builder route(String method, String path, QuickRoute quick, Route route) {
            return add(method, path, false, Target.of(route, false, quick));
        }

        /** A route that answers at once from memory: runs on the event loop. */
        public Builder inline(String method, String path, Route route) {
            return add(method, path, false, Target.of(route, true));
        }

        /** A route for a path and everything under it, run on the worker executor. */
        public Builder prefix(String method, String path, Route route) {
            return add(method, path, true, Target.of(route, false));
        }

        /**
         * A route that answers through a future, started on the event loop: it must do only cheap
         * work before handing off, as a chat channel does.
         */
        public Builder async(String method, String path, AsyncRoute route) {
            return add(method, path, false, new Target(route, true, QuickRoute.NEVER));
        }

        /**
         * Runs {@code guard} first for every request to {@code prefix} and under it, bound or
         * not, whatever its method: its refusal comes before any 404 or 405.
         */
        public Builder guard(String prefix, Guard guard) {
            if (guards.put(prefix, guard) != null) {
                throw new IllegalArgumentException("prefix guarded twice: " + prefix);
            }
            return this;
        }

        /** An inline route for every method and path no binding matches, instead of 404. */
        public Builder otherwise(Route route) {
            otherwise = Target.of(route, true);
            return this;
        }

        private Builder add(String method, String path, boolean prefix, Target target) {
            String key = (prefix ? "prefix:" : "exact:") + path;
            Binding binding = bindings.computeIfAbsent(key,
                    k -> new Binding(path, prefix, new LinkedHashMap<>()));
            if (binding.byMethod().put(method, target) != null) {
                throw new IllegalArgumentException("route bound twice: " + method + " " + path);
            }
            return this;
        }

        public Router build() {
            List<Binding> frozen = new ArrayList<>();
            for (Binding b : bindings.values()) {
                frozen.add(new Binding(b.path(), b.prefix(), Map.copyOf(b.byMethod())));
            }
            return new Router(frozen, otherwise, guards);
        }
    }
}
