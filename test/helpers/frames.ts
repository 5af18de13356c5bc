/** Opens `path` in an 800 × 600 iframe on the test page and resolves once it has loaded. */
export async function openFrame(path: string, size: { width: number; height: number } = { width: 800, height: 600 }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
