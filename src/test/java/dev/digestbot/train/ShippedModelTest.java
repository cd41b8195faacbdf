package dev.digestbot.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.digestbot.faq.FaqSnapshot;
import dev.digestbot.faq.FaqStore;
import dev.digestbot.match.TrainedModel;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The model the jar ships is exactly what the training command writes from the committed data:
 * nobody tuned a number by hand, and a change to the data, the features or the FAQ that needs a
 * new model fails here until the model is trained again (the command is in {@link Train}).
 */
class ShippedModelTest {

    @Test
    void trainingOnTheCommittedDataWritesTheShippedModel() throws Exception {
        Path faqDir = Path.of("faq");
        FaqSnapshot faq = FaqStore.open(faqDir, Clock.systemUTC()).snapshot();
        TrainingSet set = TrainingSet.read(TrainingSet.DEFAULT_FOLDER, 1);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

        String trained = Train.text(Train.train(faq, set, quiet), set, TrainingSet.DEFAULT_FOLDER, faqDir, 1, faq);

        assertEquals(Files.readString(Train.DEFAULT_OUT, StandardCharsets.UTF_8), trained,
                "src/main/resources/dev/digestbot/match/" + TrainedModel.RESOURCE + " is not what training writes;"
                        + " run: mvn -q test-compile exec:java -Dexec.mainClass=dev.digestbot.train.Train");
    }
}
