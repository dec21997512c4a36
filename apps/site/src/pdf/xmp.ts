/**
 * The XMP metadata that identifies the PDF as PDF/UA-1 (`pdfuaid:part` 1), which Chromium does not write. PDF/UA
 * asks for the title in XMP as `dc:title`, and for XMP and the document information to agree, so the packet is
 * written from the same values, the producer and dates Chromium gave the file included.
 */
import { type PDFDocument, PDFName } from 'pdf-lib';

export interface XmpFacts {
  title: string;
  author: string;
  subject: string;
  lang: string;
  keywords: string[];
  creator: string;
  producer: string | undefined;
  created: Date | undefined;
  modified: Date | undefined;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An XMP date: ISO 8601 to the second, in UTC. */
const xmpDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** The XMP packet for `facts`. */
export function xmpPacket(facts: XmpFacts): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const optional = (name: string, value: string | undefined) => (value ? `\n   <${name}>${escapeXml(value)}</${name}>` : '');
  return `<?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title>${alt(facts.title)}</dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(facts.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description>${alt(facts.subject)}</dc:description>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(facts.lang)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>${escapeXml(facts.creator)}</xmp:CreatorTool>${optional('xmp:CreateDate', facts.created && xmpDate(facts.created))}${optional('xmp:ModifyDate', facts.modified && xmpDate(facts.modified))}${optional('pdf:Producer', facts.producer)}${optional('pdf:Keywords', facts.keywords.join(', '))}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Writes the XMP packet into the catalog (uncompressed, as readers of XMP expect), replacing any there was. */
export function setXmp(pdf: PDFDocument, facts: XmpFacts): void {
  const stream = pdf.context.stream(new TextEncoder().encode(xmpPacket(facts)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
