# ruff: noqa: E501  (minutes text: a paragraph stays on one line)
"""Invented FVG minutes for the tests of candidates not taken: a bike-shelter question
left as a possible item, then reported done, or still open with a new date.  (A paragraph
stays on one line: the topic label names a candidate only on its own line.)"""

HEAD = """Minnesanteckningar Förvaltningsgruppen (FVG)
Datum: {date}
Närvarande: Anna Berg, Vision; Karl Ek, Kommunal; Lena Holm, arbetsgivaren

"""
FIRST = (
    HEAD.format(date="2024-03-01")
    + """§ 4 Frågor från de fackliga organisationerna

Cykelparkeringen: Vision frågar om cykelparkeringen vid stadshuset kan få tak. Tekniska förvaltningen ombeds svara efter sommaren.

Friskvård: Kommunal frågar om friskvårdsbidraget höjs. Lena Holm tar fram ett förslag till den 15 april.

Nästa möte: 2024-04-09
"""
)
CLOSED = (
    HEAD.format(date="2024-04-09")
    + """§ 3 Uppföljning från förra mötet

Cykelparkeringen: Taket över cykelparkeringen vid stadshuset är monterat. Frågan är avslutad.

Nästa möte: 2024-05-14
"""
)
GOES_ON = (
    HEAD.format(date="2024-04-09")
    + """§ 3 Uppföljning från förra mötet

Cykelparkeringen: Tekniska förvaltningen har inte svarat än. Frågan kvarstår, nytt datum 2024-05-14.

Nästa möte: 2024-05-14
"""
)
