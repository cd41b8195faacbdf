package dev.digestbot.chat;

import dev.digestbot.faq.Entry;
import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.match.Candidate;
import dev.digestbot.match.Decision;
import dev.digestbot.match.Matcher;
import dev.digestbot.match.Normalizer;
import dev.digestbot.match.Questions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Decides what the bot says to a chat message, with group-chat manners shared by every channel:
 *
 * <ul>
 *   <li>it never answers its own messages, and leaves alone messages that @mention someone else
 *       but not the bot;
 *   <li>its own @mention is stripped before matching;
 *   <li>a confident answer is given when @mentioned, or unmentioned as the trigger mode allows
 *       ({@code mention}: never, {@code question}: when the message reads as a question,
 *       {@code all}: always);
 *   <li>without a confident answer it speaks only when @mentioned: "did you mean" suggestions,
 *       remembered so that a following bare number from the same sender picks one (a number the
 *       list lacks shows the list again), or "not yet", which says "noted" only when the
 *       unanswered queue kept the message; a mention that asks nothing (a bare {@code @bot}, a
 *       greeting, thanks) gets a short prompt;
 *   <li>each sender gets at most {@code ratePerMinute} replies a minute; a reply over the limit
 *       is counted as dropped ({@code rate_limited}), not as a decision.
 * </ul>
 *
 * It runs on the calling thread and blocks for the match: channels reach it through the
 * {@link Inbox}. Thread-safe.
 */
public final class ChatService {

    private final Supplier<Matcher> matcher;
    private final ChatSettings settings;
    private final Mentions mentions;
    private final SenderRateLimit rateLimit;
    private final SuggestionMemory suggestions;
    private final DecisionObserver observer;
    private final UnansweredNotes notes;
    private final Normalizer normalizer = new Normalizer();

    /**
     * @param observer told about every message matched, for metrics, logs and the unanswered queue
     * @param notes whether the operators' queue keeps a message left without an answer
     */
    public ChatService(Supplier<Matcher> matcher, ChatSettings settings, Clock clock,
            DecisionObserver observer, UnansweredNotes notes) {
        this.matcher = matcher;
        this.settings = settings;
        this.mentions = new Mentions(settings.botName());
        this.rateLimit = new SenderRateLimit(settings.ratePerMinute(), clock);
        this.suggestions = new SuggestionMemory(
                Duration.ofSeconds(settings.suggestionMemorySeconds()), clock);
        this.observer = observer;
        this.notes = notes;
    }

    /** The {@code /api/ask} answer for a text, observed as a message of channel {@code api}. */
    public AskResult ask(String text) {
        Matcher current = matcher.get();
        return AskResult.of(observedMatch(current, "api", text), current.snapshot());
    }

    /** {@link #ask} when the matcher has the text's decision cached, empty when it needs matching. */
    public Optional<AskResult> cachedAsk(String text) {
        Matcher current = matcher.get();
        long started = System.nanoTime();
        return current.cached(text).map(decision -> {
            observer.decided("api", text, decision, System.nanoTime() - started);
            return AskResult.of(decision, current.snapshot());
        });
    }

    /** The reply to a chat message, empty when the bot stays silent. Blocks while it matches. */
    public Optional<String> reply(ChatMessage message) {
        Matcher current = matcher.get();
        return reply(message, current::match, current.snapshot());
    }

    Optional<String> reply(ChatMessage message, Function<String, Decision> match,
            FaqSnapshot snapshot) {
        if (message.sender().equals(settings.botName())) {
            return Optional.empty();
        }
        boolean addressed = message.mentioned() || mentions.mentionsBot(message.text());
        if (!addressed && mentions.mentionsOthers(message.text())) {
            return Optional.empty();
        }
        String text = mentions.stripBot(message.text());
        Optional<SuggestionMemory.Pick> pick = suggestions.pick(message, text);
        if (pick.isPresent()) {
            if (!withinRate(message)) {
                return Optional.empty();
            }
            Entry picked = pick.get().entry();
            return Optional.of(picked != null ? ReplyFormatter.answer(picked, snapshot)
                    : ReplyFormatter.suggestions(pick.get().offered()));
        }
        long started = System.nanoTime();
        Decision decision = match.apply(text);
        long nanos = System.nanoTime() - started;
        Optional<String> reply = decide(text, addressed, decision, snapshot);
        if (reply.isPresent() && !withinRate(message)) {
            return Optional.empty();
        }
        observer.decided(message.channel(), text, decision, nanos);
        if (reply.isPresent() && decision.verdict() == Decision.Verdict.SUGGEST) {
            suggestions.remember(message, offered(decision));
        }
        return reply;
    }

    /** Takes one reply from the sender's allowance; counts the reply as dropped when it is used up. */
    private boolean withinRate(ChatMessage message) {
        if (rateLimit.tryAcquire(message.channel() + "\u0000" + message.sender())) {
            return true;
        }
        observer.dropped(message.channel(), "rate_limited");
        return false;
    }

    private Optional<String> decide(String text, boolean addressed, Decision decision,
            FaqSnapshot snapshot) {
        if (decision.answered() && (addressed || triggers(text))) {
            return Optional.of(ReplyFormatter.answer(decision, snapshot));
        }
        if (!addressed) {
            return Optional.empty();
        }
        if (decision.verdict() == Decision.Verdict.SUGGEST) {
            return Optional.of(ReplyFormatter.suggestions(offered(decision)));
        }
        if (normalizer.normalize(text).isBlank()) {
            return Optional.of(ReplyFormatter.prompt());
        }
        return Optional.of(ReplyFormatter.unknown(notes.keeps(text)));
    }

    private static List<Entry> offered(Decision decision) {
        return decision.candidates().stream().map(Candidate::entry).toList();
    }

    private boolean triggers(String text) {
        return switch (settings.trigger()) {
            case MENTION -> false;
            case QUESTION -> Questions.looksLikeQuestion(text);
            case ALL -> true;
        };
    }

    private Decision observedMatch(Matcher current, String channel, String text) {
        long started = System.nanoTime();
        Decision decision = current.match(text);
        observer.decided(channel, text, decision, System.nanoTime() - started);
        return decision;
    }
}
