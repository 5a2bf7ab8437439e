"""Production entry point: `streamlit run serve.py` serves dashboard.py as a Streamlit ASGI app with the
web guard in front (security headers, no public /_stcore/metrics, uploads only for signed-in editors,
no git information). See ui/web_guard.py and the README's "Serving it" section."""

import streamlit as st
from starlette.middleware import Middleware

from ui.web_guard import WebGuard, install

install()
app = st.App("dashboard.py", middleware=[Middleware(WebGuard)])
