package org.nkkg.corpus;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. UTF-8 (with or without BOM) is decoded strictly; anything else is offered to a
 * charset detector, and only the legacy Chinese encodings (GB18030/GBK/GB2312, Big5) are accepted, because those are
 * what Chinese sources are still published in. Everything else is refused with a message that names the problem.
 */
public final class TextDecoder {

    /** What was decoded and how. */
    public record Decoded(String text, String charset) {}

    private TextDecoder() {}

    public static Decoded decode(String name, byte[] bytes) {
        if (bytes.length == 0) throw new CorpusException(name + ": the file is empty");
        if (looksBinary(bytes)) throw new CorpusException(name + ": this is a binary file, not text");
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new Decoded(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return decodeLegacy(name, bytes);
        }
    }

    private static Decoded decodeLegacy(String name, byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        String charset = null;
        if (detected != null) {
            String d = detected.toUpperCase();
            if (d.startsWith("GB") || d.equals("HZ-GB-2312")) charset = "GB18030"; // GB18030 is a superset of GBK/GB2312
            else if (d.startsWith("BIG5") || d.equals("BIG-5")) charset = "Big5-HKSCS";
        }
        if (charset == null) {
            throw new CorpusException(name + ": not valid UTF-8"
                    + (detected == null ? "" : " (it looks like " + detected + ")")
                    + "; save it as UTF-8, or as GBK/GB18030 or Big5 for Chinese");
        }
        try {
            return new Decoded(strict(Charset.forName(charset)).decode(ByteBuffer.wrap(bytes)).toString(), charset);
        } catch (CharacterCodingException e) {
            throw new CorpusException(name + ": neither valid UTF-8 nor valid " + charset);
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes or a high share of control characters in the first 8 KiB: no text encoding produces those. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return control * 20 > n;
    }
}
