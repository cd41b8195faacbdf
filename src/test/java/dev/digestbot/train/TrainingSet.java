package dev.digestbot.train;

import dev.digestbot.eval.LabelledLine;
import dev.digestbot.eval.LabelledSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The labelled training messages of a folder ({@code src/test/resources/dev/digestbot/train}, see
 * its README), split once and for all: a line is held out when the CRC-32 of its UTF-8 text is
 * divisible by 5. Training lines are further dealt into {@link #FOLDS} folds for choosing the
 * thresholds out of fold; the seed decides that deal.
 */
record TrainingSet(List<Line> training, List<Line> heldOut) {

    static final Path DEFAULT_FOLDER = Path.of("src", "test", "resources", "dev", "digestbot", "train");
    static final int FOLDS = 5;

    /** A labelled line, the file it came from, and its fold (-1 when held out). */
    record Line(LabelledLine labelled, String file, int fold) {
    }

    static TrainingSet read(Path folder, long seed) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": no .jsonl files of labelled lines");
        }
        List<Line> training = new ArrayList<>();
        List<Line> heldOut = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            for (LabelledLine line : LabelledSet.read(file)) {
                long crc = crc(line.text());
                if (crc % 5 == 0) {
                    heldOut.add(new Line(line, name, -1));
                } else {
                    training.add(new Line(line, name, (int) Math.floorMod(crc / 5 + seed * 0x9E3779B1L, (long) FOLDS)));
                }
            }
        }
        return new TrainingSet(List.copyOf(training), List.copyOf(heldOut));
    }

    static long crc(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
