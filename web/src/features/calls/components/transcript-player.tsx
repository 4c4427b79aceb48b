import { formatClock } from "@portico/domain/format";
import type { TranscriptTurn } from "@portico/domain/voice/call";
import { activeTurnIndex, transcriptText } from "@portico/domain/voice/transcript";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../../components/button";
import { recordingUrl } from "../../../data/calls-repository";
import { fill } from "../../../lib/portal-strings";
import { useCallsView } from "../calls-view";

type Recording =
  | { status: "none" }
  | { status: "loading" }
  | { status: "ready"; url: string }
  | { status: "error" };

/** A playable link to the call's recording, asked for once per call (links last 15 minutes). */
function useRecording(clientId: string, callId: string, hasRecording: boolean): Recording {
  const [recording, setRecording] = useState<Recording>({
    status: hasRecording ? "loading" : "none",
  });
  useEffect(() => {
    if (!hasRecording) {
      setRecording({ status: "none" });
      return;
    }
    let current = true;
    setRecording({ status: "loading" });
    recordingUrl(clientId, callId)
      .then((url) => current && setRecording({ status: "ready", url }))
      .catch(() => current && setRecording({ status: "error" }));
    return () => {
      current = false;
    };
  }, [clientId, callId, hasRecording]);
  return recording;
}

/**
 * The recording's player and the transcript as a conversation, kept in step:
 * the line being spoken is highlighted while the audio plays, and choosing a
 * line plays the recording from there.
 */
export function TranscriptPlayer({
  callId,
  turns,
  hasRecording,
}: {
  callId: string;
  turns: TranscriptTurn[];
  hasRecording: boolean;
}) {
  const { clientId, t } = useCallsView();
  const recording = useRecording(clientId, callId, hasRecording);
  const audio = useRef<HTMLAudioElement>(null);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const active = playing || time > 0 ? activeTurnIndex(turns, time) : null;
  const speaker = (who: TranscriptTurn["speaker"]) => t.detail.speaker[who];

  const playFrom = (start: number) => {
    const player = audio.current;
    if (!player) return;
    player.currentTime = start;
    setTime(start);
    player.play().catch(() => undefined); // the browser may refuse to autoplay; the position is set
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(transcriptText(turns, speaker));
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <section className="card stack" aria-labelledby="transcript-heading">
      <div className="card-header">
        <h2 id="transcript-heading">{t.detail.transcript}</h2>
        {turns.length > 0 && (
          <Button variant="secondary" className="btn-small" onClick={() => void copy()}>
            {t.detail.copy}
          </Button>
        )}
      </div>
      <p className="muted small" aria-live="polite">
        {copied === "copied" ? t.detail.copied : copied === "failed" ? t.detail.copyFailed : ""}
      </p>
      <div className="call-recording">
        <h3 className="visually-hidden">{t.detail.recording}</h3>
        {recording.status === "none" && <p className="muted">{t.detail.noRecording}</p>}
        {recording.status === "loading" && <p className="muted">{t.detail.recordingLoading}</p>}
        {recording.status === "error" && <p role="alert">{t.detail.recordingFailed}</p>}
        {recording.status === "ready" && (
          <>
            {/* biome-ignore lint/a11y/useMediaCaption: the transcript beside the player is its text. */}
            <audio
              ref={audio}
              controls
              preload="metadata"
              src={recording.url}
              aria-label={t.detail.recording}
              data-testid="call-audio"
              onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
              onSeeked={(event) => setTime(event.currentTarget.currentTime)}
              onPlay={() => setPlaying(true)}
              onPause={() => setPlaying(false)}
              onEnded={() => setPlaying(false)}
            />
            <a className="btn btn-secondary btn-small" href={recording.url} download>
              {t.detail.download}
            </a>
          </>
        )}
      </div>
      {turns.length === 0 ? (
        <p className="muted">{t.detail.noTranscript}</p>
      ) : (
        <ol className="transcript plain-list">
          {turns.map((turn, index) => {
            const isActive = index === active;
            const line = (
              <>
                <span className="transcript-speaker">{speaker(turn.speaker)}</span>
                <span className="transcript-text">{turn.text}</span>
                {turn.start !== null && (
                  <span className="transcript-time muted small">{formatClock(turn.start)}</span>
                )}
              </>
            );
            return (
              <li
                // Turns are fixed once the call is stored; their order is their identity.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                key={index}
                className={`transcript-turn transcript-${turn.speaker}`}
                data-turn-index={index}
                data-active={isActive ? "true" : undefined}
                aria-current={isActive ? "true" : undefined}
              >
                {turn.start !== null && recording.status === "ready" ? (
                  <button
                    type="button"
                    className="transcript-line"
                    title={fill(t.detail.playFrom, { time: formatClock(turn.start) })}
                    onClick={() => playFrom(turn.start ?? 0)}
                  >
                    {line}
                  </button>
                ) : (
                  <div className="transcript-line">{line}</div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
