package org.kyosei.application.port;

import java.time.LocalDate;

import org.kyosei.detection.DetectionGraph;

/** Reads the dated, typed graph detection works on, as of a day. */
public interface DetectionGraphSource {
    DetectionGraph load(LocalDate asOf);
}
