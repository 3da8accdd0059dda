/**
 * Untrusted names inside a translated sentence ("Signed in as {name}"), each in a <bdi>: a name
 * holding a right-to-left override or an unclosed isolate then cannot reverse the rest of the
 * sentence. Unicode isolate characters around the name would not do, since the name itself could
 * close them. `render` gets a placeholder per name and returns the translated sentence.
 */
const SLOT = (i: number) => `\uE000${i}\uE001`;

export function IsolatedText({ values, render }: { values: string[]; render: (slots: string[]) => string }) {
  const text = render(values.map((_, i) => SLOT(i)));
  return (
    <>
      {text.split(/(\uE000\d+\uE001)/).map((part, i) => {
        const slot = /^\uE000(\d+)\uE001$/.exec(part);
        return slot ? <bdi key={i}>{values[Number(slot[1])]}</bdi> : part;
      })}
    </>
  );
}
