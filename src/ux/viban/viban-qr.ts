/**
 * The EPC QR code of the transfer, drawn as SVG in the UX's shadow root. The encoder (`uqr`) is a chunk of its own,
 * fetched only once a virtual IBAN shows; the details above the code never wait for it.
 */
import { svg } from 'lit';
import { epcPayload, type EpcTransfer } from '../../core/epc-qr.ts';

export interface QrMatrix {
  size: number;
  data: boolean[][];
}

/** Quiet zone around the code, in modules: 4, as ISO/IEC 18004 asks. */
const BORDER = 4;

/** The QR matrix of the transfer at error correction level M (EPC069-12), or null when it makes no EPC payload. */
export async function encodeTransfer(transfer: EpcTransfer): Promise<QrMatrix | null> {
  const payload = epcPayload(transfer);
  if (!payload) return null;
  const { encode } = await import('uqr');
  return encode(payload, { ecc: 'M', border: BORDER });
}

/** One path of unit squares, one per dark module: a small SVG whatever the version. */
function modulesPath({ data }: QrMatrix): string {
  let path = '';
  data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) path += `M${x} ${y}h1v1h-1z`;
  }));
  return path;
}

/** The code as an image whose accessible name says what it pays. */
export const renderQr = (qr: QrMatrix, name: string) =>
  svg`<svg class="qr" part="qr-code" role="img" aria-label=${name} viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"></rect><path fill="#000" d=${modulesPath(qr)}></path></svg>`;
