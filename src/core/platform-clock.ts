/**
 * The platform's time as the widget sees it: the device's clock shifted by the offset measured when the platform last
 * answered (`now` of the checkout answer, epoch ms). Every date the widget shows or checks (schedule previews, pay-later
 * debit dates, the card's expiry, a sharing deadline) is read from here, so a sandbox clock moved forward moves the
 * widget with it, and a device whose clock is wrong does not promise dates the platform will not keep.
 */
export interface PlatformClock {
  /** The platform's current time, epoch ms. */
  now(): number;
  /** Platform time minus device time at the last answer, ms (0 when the platform gave no time). */
  readonly offsetMs: number;
}

/**
 * A clock from the platform's `now` and the device time it was received at. Network latency makes it late by at most
 * one trip, which no date shown to the day can see. Without `platformNow` (an older platform) it is the device's clock.
 */
export function platformClock(platformNow: number | undefined, receivedAt: number = Date.now()): PlatformClock {
  const offsetMs = typeof platformNow === 'number' && Number.isFinite(platformNow) ? platformNow - receivedAt : 0;
  return { offsetMs, now: () => Date.now() + offsetMs };
}

/** The device's own clock: what a page with no platform answer yet falls back on. */
export const deviceClock: PlatformClock = platformClock(undefined);
