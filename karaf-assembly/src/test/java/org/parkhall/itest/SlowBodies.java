package org.parkhall.itest;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that send a POST's headers at once and then its body a byte at a time, never finishing it — what
 * stopped the hall when it read bodies on blocking threads. Each {@link #tick()} sends every live client's next
 * byte and takes in whatever the server answered; a client whose connection the server closed is over.
 */
final class SlowBodies implements Closeable {
    private static final int DECLARED_LENGTH = 4096;

    private final int port;
    private final byte[] head;
    private final byte[] body;
    private final List<Client> live = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private int opened;

    private static final class Client {
        final SocketChannel channel;
        final ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int sent;

        Client(SocketChannel channel) {
            this.channel = channel;
        }
    }

    /** Clients of {@code path} on 127.0.0.1:{@code port} whose bodies begin with {@code body}. */
    SlowBodies(int port, String path, String body) {
        this.port = port;
        this.head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + DECLARED_LENGTH + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    /** Opens clients until {@code count} are live. */
    void keep(int count) throws IOException {
        while (live.size() < count) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap(head));
            channel.configureBlocking(false);
            live.add(new Client(channel));
            opened++;
        }
    }

    /** Sends each live client's next byte (the body's start, then spaces) and takes in the answers. */
    void tick() {
        ByteBuffer in = ByteBuffer.allocate(4096);
        live.removeIf(client -> {
            try {
                int read;
                while ((read = client.channel.read(in.clear())) > 0) {
                    client.answer.write(in.array(), 0, read);
                }
                if (read < 0) {
                    end(client);
                    return true;
                }
                byte next = client.sent < body.length ? body[client.sent] : (byte) ' ';
                if (client.sent < DECLARED_LENGTH - 1) {
                    client.sent += client.channel.write(ByteBuffer.wrap(new byte[] {next}));
                }
                return false;
            } catch (IOException e) { // reset by the server: over, with what it had answered
                end(client);
                return true;
            }
        });
    }

    int live() {
        return live.size();
    }

    int opened() {
        return opened;
    }

    /** What the server wrote to each client that is over, as text. */
    List<String> answers() {
        return answers;
    }

    private void end(Client client) {
        answers.add(client.answer.toString(StandardCharsets.UTF_8));
        close(client);
    }

    private static void close(Client client) {
        try {
            client.channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        live.forEach(SlowBodies::close);
        live.clear();
    }
}
