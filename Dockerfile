# FashionShowcase web app. CPU by default; for GPU hosts:
#   docker build --build-arg TORCH_BACKEND=cuda -t fashion-showcase:cuda .
# (Written and reviewed, not built on our machines: no Docker engine runs there.)
ARG TORCH_BACKEND=cpu

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TORCH_BACKEND
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached across code changes.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props ./
COPY FashionShowcase.Core/FashionShowcase.Core.csproj FashionShowcase.Core/
COPY FashionShowcase.Web/FashionShowcase.Web.csproj FashionShowcase.Web/
RUN dotnet restore FashionShowcase.Web/FashionShowcase.Web.csproj -p:TorchBackend=${TORCH_BACKEND}
COPY FashionShowcase.Core/ FashionShowcase.Core/
COPY FashionShowcase.Web/ FashionShowcase.Web/
RUN dotnet publish FashionShowcase.Web/FashionShowcase.Web.csproj -c Release -o /app --no-restore -p:TorchBackend=${TORCH_BACKEND}

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl: for the HEALTHCHECK only; libgomp1: libtorch's OpenMP runtime.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl libgomp1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The shipped catalog and model bundle(s): the image runs offline.
COPY data/ /app/data/
COPY models/ /app/models/
# Run history and trained bundles live on a volume owned by the non-root user the base image provides.
RUN mkdir -p /var/lib/fashion-showcase && chown app:app /var/lib/fashion-showcase
VOLUME /var/lib/fashion-showcase
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Paths__DataDirectory=/app/data \
    Paths__ModelsDirectory=/app/models \
    Paths__RunsDirectory=/var/lib/fashion-showcase/runs
# The admin area stays disabled until a password is given: docker run -e Admin__Password=… 
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "FashionShowcase.Web.dll"]
