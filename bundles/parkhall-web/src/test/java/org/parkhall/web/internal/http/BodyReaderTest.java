package org.parkhall.web.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;

import org.junit.Test;

public class BodyReaderTest {
    private final List<String> outcomes = new ArrayList<>();
    private final BodyReader.Outcome record = new BodyReader.Outcome() {
        @Override
        public void body(byte[] body) {
            outcomes.add("body " + new String(body, StandardCharsets.UTF_8));
        }

        @Override
        public void refused(ApiException refusal) {
            outcomes.add(refusal.status() + " " + refusal.code());
        }
    };

    @Test
    public void gathersTheBodyAsItArrivesInPieces() {
        Arrivals in = new Arrivals();
        BodyReader reader = new BodyReader(in, 64, record);
        in.arrive("{\"que");
        reader.onDataAvailable();
        in.arrive("ue\":");
        in.arrive("\"A\"}");
        reader.onDataAvailable();
        assertTrue("nothing is answered before the whole body is in", outcomes.isEmpty());
        reader.onAllDataRead();
        assertEquals(List.of("body {\"queue\":\"A\"}"), outcomes);
        assertFalse("the deadline finds it answered", reader.expire());
    }

    @Test
    public void refusesABodyOverTheLimitAsSoonAsItIsOverAndReadsNoFurther() {
        Arrivals in = new Arrivals();
        BodyReader reader = new BodyReader(in, 8, record);
        in.arrive("12345678");
        reader.onDataAvailable();
        in.arrive("9");
        in.arrive("more");
        reader.onDataAvailable();
        reader.onAllDataRead();
        assertEquals(List.of("413 too_large"), outcomes);
        assertEquals("left unread", 1, in.pieces.size());
    }

    @Test
    public void aBodyStillComingAtTheDeadlineIsClaimedByItOnce() {
        Arrivals in = new Arrivals();
        BodyReader reader = new BodyReader(in, 64, record);
        in.arrive("{");
        reader.onDataAvailable();
        assertTrue(reader.expire());
        assertFalse(reader.expire());
        in.arrive("}");
        reader.onDataAvailable();
        reader.onAllDataRead();
        reader.onError(new IOException("closed"));
        assertTrue("the caller answers the deadline; nothing else does", outcomes.isEmpty());
    }

    @Test
    public void aBrokenOrAbandonedBodyIsRefusedOnce() {
        Arrivals in = new Arrivals();
        BodyReader reader = new BodyReader(in, 64, record);
        in.failing = true;
        reader.onDataAvailable();
        reader.onError(new IOException("early EOF"));
        assertEquals(List.of("400 invalid"), outcomes);

        outcomes.clear();
        BodyReader abandoned = new BodyReader(new Arrivals(), 64, record);
        abandoned.onError(new IOException("reset by peer"));
        assertEquals(List.of("400 invalid"), outcomes);
    }

    /** Input whose bytes arrive in pieces; ready while a piece is waiting. */
    private static final class Arrivals extends ServletInputStream {
        final Deque<byte[]> pieces = new ArrayDeque<>();
        boolean failing;

        void arrive(String piece) {
            pieces.add(piece.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean isReady() {
            return failing || !pieces.isEmpty();
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (failing) {
                throw new IOException("bad chunk");
            }
            byte[] piece = pieces.remove();
            System.arraycopy(piece, 0, buffer, offset, piece.length);
            return piece.length;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }
    }
}
