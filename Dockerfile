# The worker image used by docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY worker ./worker
COPY seeds ./seeds
RUN pip install --no-cache-dir .
ENV NEWSWIRE_WEB_HOST=0.0.0.0
EXPOSE 6066
ENTRYPOINT ["newswire"]
CMD ["worker"]
