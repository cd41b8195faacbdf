package dev.digestbot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options, {@code --flag} switches and positionals.
 * Anything not declared is a usage error.
 */
public final class Args {

    /** A command line that cannot be used; the message is one line for the user. */
    public static final class UsageException extends Exception {

        public UsageException(String message) {
            super(message);
        }
    }

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positionals;

    private Args(Map<String, String> options, Set<String> flags, List<String> positionals) {
        this.options = options;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * @param valued options that take a value, e.g. {@code --faq}
     * @param switches options without a value, e.g. {@code --dry-run}
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> switches)
            throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                positionals.add(arg);
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                if (options.put(arg, args.get(++i)) != null) {
                    throw new UsageException(arg + " given twice");
                }
            } else if (switches.contains(arg)) {
                flags.add(arg);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return new Args(options, flags, positionals);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return options.containsKey(name) || flags.contains(name);
    }

    public List<String> positionals() {
        return positionals;
    }
}
