package dev.digestbot.http;

import dev.digestbot.api.ApiException;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes each request on the event loop, runs its route (inline or on the worker executor) and
 * writes the responses back in request order, so pipelined requests are answered in order.
 *
 * <p>One instance per connection: it keeps the tail of that connection's response chain. While
 * responses are pending the connection stops reading, which bounds how much one client pipelines.
 *
 * <p>A worker route's quick part ({@link QuickRoute}) runs first, on the event loop; the route
 * itself is handed to a worker only when that part has no answer at hand.
 *
 * <p>Statuses it sends itself: 400 (undecodable request or URI, HTTP/1.1 without Host), 404, 405,
 * 414, 431, 503 (workers saturated, or a reserve connection asking for more than health), 505
 * (an HTTP version other than 1.0 and 1.1), 500 (a route failed unexpectedly; logged, no stack
 * trace in the body).
 */
final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final Supplier<Router> router;
    private final Executor workers;
    private final RequestObserver observer;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    private int pending;
    private boolean inputShutdown;

    RequestHandler(Supplier<Router> router, Executor workers, RequestObserver observer) {
        this.router = router;
        this.workers = workers;
        this.observer = observer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest msg) {
        RequestDeadline.received(ctx);
        // A reserve connection gets one answer, so that it frees its place for the next check.
        boolean reserve = ConnectionLimiter.inReserve(ctx.channel());
        boolean keepAlive = HttpUtil.isKeepAlive(msg) && msg.decoderResult().isSuccess() && !reserve;
        long started = System.nanoTime();
        try {
            Request request = toRequest(msg);
            Response refused = msg.decoderResult().isSuccess() ? unsupportedProtocol(msg) : null;
            if (refused == null && reserve && !BotRoutes.HEALTH_PATHS.contains(request.path())) {
                refused = ErrorResponses.of(503, "overloaded", "the server holds all the connections"
                        + " it serves; only /healthz and /readyz are answered beyond them");
            }
            if (refused != null) {
                answerInOrder(ctx, request, CompletableFuture.completedFuture(refused), false, started);
                return;
            }
            answerInOrder(ctx, request, respond(msg.decoderResult(), request), keepAlive, started);
        } catch (IllegalArgumentException malformedEscape) {
            Response refused = msg.decoderResult().isFailure() ? undecodable(msg.decoderResult().cause())
                    : ErrorResponses.of(400, "bad_request", "the URI has a malformed %-escape");
            answerInOrder(ctx, new Request(msg.method().name(), "", Map.of(), Map.of(), new byte[0]),
                    CompletableFuture.completedFuture(refused), keepAlive, started);
        }
    }

    private void answerInOrder(ChannelHandlerContext ctx, Request request,
            CompletableFuture<Response> response, boolean keepAlive, long started) {
        pending++;
        ctx.channel().config().setAutoRead(false);
        // Writing on the event loop keeps the wire order: a write called from a worker thread
        // is queued behind the loop's own work, and could otherwise be overtaken by a later
        // inline response written directly.
        tail = tail.thenCompose(ignored -> response)
                .thenAcceptAsync(r -> {
                    observer.completed(request, r.status(), System.nanoTime() - started);
                    write(ctx, r, keepAlive);
                }, ctx.executor())
                .exceptionally(failure -> {
                    LOG.error("response to {} {} failed; closing the connection",
                            request.method(), request.path(), failure);
                    ctx.close();
                    return null;
                })
                .whenComplete((ignored, failure) -> ctx.executor().execute(() -> {
                    if (--pending > 0) {
                        return;
                    }
                    if (inputShutdown) {
                        ctx.close();
                    } else {
                        ctx.channel().config().setAutoRead(true);
                        ctx.read();
                    }
                }));
    }

    /**
     * A client that half-closes after sending its requests still gets every response: the
     * connection closes once the last pending one is written.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt instanceof ChannelInputShutdownEvent) {
            inputShutdown = true;
            if (pending == 0) {
                ctx.close();
            }
            return;
        }
        super.userEventTriggered(ctx, evt);
    }

    private CompletableFuture<Response> respond(DecoderResult decoded, Request request) {
        if (decoded.isFailure()) {
            return CompletableFuture.completedFuture(undecodable(decoded.cause()));
        }
        Router.Target target;
        try {
            target = router.get().resolve(request.method(), request.path());
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(ErrorResponses.of(e));
        }
        if (target.inline()) {
            return run(target.route(), request);
        }
        Optional<Response> quick = runQuick(target.quick(), request);
        if (quick.isPresent()) {
            return CompletableFuture.completedFuture(quick.get());
        }
        try {
            return CompletableFuture.supplyAsync(() -> run(target.route(), request), workers)
                    .thenCompose(response -> response);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(ErrorResponses.of(503, "overloaded",
                    "the server is busy; retry shortly"));
        }
    }

    private static CompletableFuture<Response> run(AsyncRoute route, Request request) {
        try {
            return route.handle(request)
                    .exceptionally(failure -> ErrorResponses.unexpected(request, failure));
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(ErrorResponses.of(e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(ErrorResponses.unexpected(request, e));
        }
    }

    private static Optional<Response> runQuick(QuickRoute route, Request request) {
        try {
            return route.tryHandle(request);
        } catch (ApiException e) {
            return Optional.of(ErrorResponses.of(e));
        } catch (RuntimeException e) {
            return Optional.of(ErrorResponses.unexpected(request, e));
        }
    }

    /**
     * 505 for a request line of another version than HTTP/1.0 or 1.1 (Netty parses any
     * {@code HTTP/x.y}), 400 for HTTP/1.1 without the Host header it requires; null when neither.
     */
    private static Response unsupportedProtocol(FullHttpRequest msg) {
        HttpVersion version = msg.protocolVersion();
        if (version.majorVersion() != 1 || version.minorVersion() > 1) {
            return ErrorResponses.of(505, "http_version_not_supported", version.text()
                    + " (expected: HTTP/1.1 or HTTP/1.0)");
        }
        if (version.minorVersion() == 1 && !msg.headers().contains(HttpHeaderNames.HOST)) {
            return ErrorResponses.of(400, "missing_host",
                    "Host: missing (expected: the header every HTTP/1.1 request carries)");
        }
        return null;
    }

    private static Response undecodable(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return ErrorResponses.of(431, "headers_too_large", "request headers are too large");
        }
        if (cause instanceof TooLongHttpLineException) {
            return ErrorResponses.of(414, "uri_too_long", "request line is too long");
        }
        if (cause instanceof TooLongFrameException) {
            return ErrorResponses.of(413, "body_too_large", "request is too large");
        }
        return ErrorResponses.of(400, "bad_request", "malformed HTTP request");
    }

    /** @throws IllegalArgumentException when the URI has a malformed %-escape */
    private static Request toRequest(FullHttpRequest msg) {
        QueryStringDecoder uri = new QueryStringDecoder(msg.uri());
        Map<String, String> query = new HashMap<>();
        for (Map.Entry<String, List<String>> p : uri.parameters().entrySet()) {
            query.put(p.getKey(), p.getValue().get(0));
        }
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, String> h : msg.headers()) {
            headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue());
        }
        byte[] body = ByteBufUtil.getBytes(msg.content());
        return new Request(msg.method().name(), uri.path(), query, headers, body);
    }

    static void write(ChannelHandlerContext ctx, Response r, boolean keepAlive) {
        var written = ctx.writeAndFlush(toNetty(r, keepAlive));
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    static FullHttpResponse toNetty(Response r, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(r.status()), Unpooled.wrappedBuffer(r.body()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
        r.headers().forEach((name, value) -> response.headers().set(name, value));
        HttpUtil.setContentLength(response, r.body().length);
        HttpUtil.setKeepAlive(response, keepAlive);
        return response;
    }

    /** A connection that fails below HTTP (reset by the peer, closed mid-request) is closed quietly. */
    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException || cause instanceof PrematureChannelClosureException) {
            LOG.debug("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            LOG.warn("connection {} failed; closing it", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }
}
