import { useEffect, useRef } from 'preact/hooks';

/**
 * The video frame at the time cursor (local object URL; the video never leaves the device), to
 * check where a foot lands before adding or moving an event.
 * @param props - object URL of the video and the time to show, s
 */
export function FramePreview(props: { videoUrl: string; timeS: number }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const v = video.current;
    if (v && Number.isFinite(props.timeS)) v.currentTime = props.timeS;
  }, [props.timeS]);
  return (
    <figure class="frame-preview">
      <video ref={video} src={props.videoUrl} muted playsInline preload="auto" />
      <figcaption class="meta">Video at {props.timeS.toFixed(3)} s (cursor)</figcaption>
    </figure>
  );
}
