package org.houqin.notifications.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A group robot on a random local port: records what is posted and answers as told. */
final class FakeRobot implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String answer;

    private FakeRobot(int status, String answer) {
        this.status = status;
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress(0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = this.answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(this.status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    static FakeRobot answeringOk() {
        return new FakeRobot(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    static FakeRobot answering(int status, String answer) {
        return new FakeRobot(status, answer);
    }

    void answer(int status, String answer) {
        this.status = status;
        this.answer = answer;
    }

    /** The robot's webhook URL, with a key in the query like the real ones. */
    String url(String key) {
        return "http://localhost:" + server.getAddress().getPort() + "/cgi-bin/webhook/send?key=" + key;
    }

    List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
