package org.houqin.notifications.delivery;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Just enough of an SMTP server for tests: takes every message on a random port and keeps it. A message is stored
 * before the server confirms it, so when the client's send returns the message is here.
 */
final class SmtpSink implements AutoCloseable {

    record Mail(String from, List<String> to, MimeMessage message) {
    }

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    private SmtpSink() throws IOException {
        server = new ServerSocket(0);
        Thread thread = new Thread(this::serve, "smtp-sink");
        thread.setDaemon(true);
        thread.start();
    }

    static SmtpSink start() {
        try {
            return new SmtpSink();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    List<Mail> mails() {
        return List.copyOf(mails);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException | MessagingException e) {
                // closed, or a client that hung up: wait for the next one
            }
        }
    }

    private void converse(Socket socket) throws IOException, MessagingException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 sink ESMTP");
        String from = null;
        List<String> to = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase();
            if (command.startsWith("MAIL FROM:")) {
                from = address(line);
            } else if (command.startsWith("RCPT TO:")) {
                to.add(address(line));
            } else if (command.equals("DATA")) {
                reply(out, "354 end with .");
                mails.add(new Mail(from, List.copyOf(to), readMessage(in)));
                to.clear();
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            }
            reply(out, "250 ok");
        }
    }

    private static MimeMessage readMessage(BufferedReader in) throws IOException, MessagingException {
        StringBuilder data = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
        }
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String address(String line) {
        return line.substring(line.indexOf('<') + 1, line.indexOf('>'));
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
