package app.communityops.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A mail server that refuses every recipient with a fixed answer, for the permanent-rejection path a real server
 * takes for an unknown mailbox. GreenMail accepts everything, so it cannot play this part.
 */
final class SmtpStub implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptAnswer;
    private final Thread thread;

    SmtpStub(String rcptAnswer) throws IOException {
        this.socket = new ServerSocket(0);
        this.rcptAnswer = rcptAnswer;
        this.thread = Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                         StandardCharsets.US_ASCII));
                 PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 stub ESMTP");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.toUpperCase(Locale.ROOT);
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 stub");
                    } else if (command.startsWith("RCPT")) {
                        reply(out, rcptAnswer);
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "250 OK");
                    }
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
